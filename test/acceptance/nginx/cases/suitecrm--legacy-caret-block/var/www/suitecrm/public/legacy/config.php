<?php
$sugar_config = array();
