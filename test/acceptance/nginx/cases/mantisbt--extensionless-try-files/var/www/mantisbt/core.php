<?php
require_once( dirname( __FILE__ ) . '/config/config_inc.php' );
