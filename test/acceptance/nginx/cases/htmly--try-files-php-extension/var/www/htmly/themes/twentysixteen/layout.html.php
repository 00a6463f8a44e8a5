<?php if (!defined('HTMLY')) die('HTMLy'); ?>
<!DOCTYPE html>
<html lang="<?php echo blog_language();?>">
<head>
    <?php echo head_contents();?>
    <?php echo $metatags;?>
    <link rel="stylesheet" href="<?php echo site_url() ?>system/resources/css/merriweather.css">
	<link rel="stylesheet" href="<?php echo site_url() ?>system/resources/css/montserrat.css">
    <link rel="stylesheet" id="genericons-css"  href="<?php echo theme_path();?>genericons/genericons.css" type="text/css" media="all" />
    <link rel="stylesheet" id="twentysixteen-style-css"  href="<?php echo theme_path();?>css/style.css?v=1" type="text/css" media="all" />
    <!--[if lt IE 10]>
    <link rel="stylesheet" id="twentysixteen-ie-css"  href="<?php echo theme_path();?>css/ie.css" type="text/css" media="all" />
