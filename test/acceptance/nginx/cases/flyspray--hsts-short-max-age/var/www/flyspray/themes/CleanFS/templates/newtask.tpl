<div><?php echo Filters::noXSS($proj->prefs["project_title"]); ?></div>
