<?php snippet('header') ?>
<?php snippet('footer') ?>
