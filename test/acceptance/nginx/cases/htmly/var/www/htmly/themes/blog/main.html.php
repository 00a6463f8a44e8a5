<?php if (!defined('HTMLY')) die('HTMLy'); ?>
<?php if (!empty($breadcrumb)): ?>
    <div class="breadcrumb"><?php echo $breadcrumb ?></div>
<?php endif; ?>
<?php if (!empty($category)): ?>
    <div class="section">
        <div class="section-inner">
            <div class="content">
                <div class="item">
                <h2 class="title"><?php echo $category->title;?></h2>
                <span class="social-navigation feed-link"><a href="<?php echo $category->url;?>/feed"><i class="fa fa-rss"></i></a></span>
                <div class="text-left">                                   
