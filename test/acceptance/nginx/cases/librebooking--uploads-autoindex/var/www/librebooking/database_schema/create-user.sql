CREATE USER 'lb_user'@'localhost' IDENTIFIED BY 'password';
