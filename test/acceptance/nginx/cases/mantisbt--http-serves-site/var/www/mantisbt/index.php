<?php
require_once( 'core.php' );
