var e107tinymce={};
