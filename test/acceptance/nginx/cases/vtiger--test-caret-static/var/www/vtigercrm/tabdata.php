<?php
$tab_info_array = array();
