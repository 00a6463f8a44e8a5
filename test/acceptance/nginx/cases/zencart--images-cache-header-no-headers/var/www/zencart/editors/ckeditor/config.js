// ckeditor
