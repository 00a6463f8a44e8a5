<?php /* Smarty version 2.6.31, created on 2024-05-12 */ ?>
