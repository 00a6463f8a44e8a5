<?php if (!defined('HTMLY')) die('HTMLy'); ?>
<?php if (isset($is_category)):?>
    <header class="page-header">
		<h1 class="page-title"><?php echo i18n('Category');?>: <?php echo $category->title;?></h1>
		<span class="social-navigation feed-link"><a href="<?php echo $category->url;?>/feed"><span class="screen-reader-text">RSS</span></a></span>
		<div class="taxonomy-description"><?php echo $category->body;?></div>
	</header>
<?php endif;?>
<?php if (isset($is_tag)):?>
    <header class="page-header">
		<h1 class="page-title"><?php echo i18n('Tag');?>: <?php echo $tag->title;?></h1>
		<span class="social-navigation feed-link"><a href="<?php echo $tag->url;?>/feed"><span class="screen-reader-text">RSS</span></a></span>
