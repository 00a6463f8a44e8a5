<?php
$SECURITY_CONFIG = array();
