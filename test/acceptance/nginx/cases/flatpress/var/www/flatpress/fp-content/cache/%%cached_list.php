<?php
$fp_cache = array();
