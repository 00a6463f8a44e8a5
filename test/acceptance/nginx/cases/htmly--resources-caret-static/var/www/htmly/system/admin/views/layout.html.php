<?php if (!defined('HTMLY')) die('HTMLy'); ?>
<!DOCTYPE html>
<html lang="<?php echo blog_language();?>">
<head>
    <?php echo head_contents();?>
    <title><?php echo $title;?></title>
    <meta name="description" content="<?php echo $description; ?>"/>
    <link rel="canonical" href="<?php echo $canonical; ?>" />
    <link rel="stylesheet" href="<?php echo site_url() ?>system/resources/css/source-sans.css">
    <link rel="stylesheet" href="<?php echo site_url() ?>system/resources/css/fontawesome.min.css?v=1">
    <link rel="stylesheet" href="<?php echo site_url() ?>system/resources/css/solid.min.css?v=1">
    <link href="<?php echo site_url() ?>system/resources/css/adminlte.min.css?v=2" rel="stylesheet">
