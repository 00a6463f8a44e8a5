<?php /* Smarty compiled template, stand-in */ ?>
