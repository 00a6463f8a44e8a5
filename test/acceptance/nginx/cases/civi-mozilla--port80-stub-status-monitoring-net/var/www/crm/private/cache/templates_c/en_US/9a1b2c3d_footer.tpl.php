<?php /* Smarty compiled */
