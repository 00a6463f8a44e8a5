import '../scss/app.scss';
