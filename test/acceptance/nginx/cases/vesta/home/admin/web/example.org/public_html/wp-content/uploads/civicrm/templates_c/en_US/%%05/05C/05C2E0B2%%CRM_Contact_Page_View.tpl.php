<?php /* Smarty version 2.6.31, created on 2025-11-20 */ ?>
