<?php /* Smarty version 4.5.3 */ if (!defined('SMARTY_DIR')) exit('no direct access allowed');
