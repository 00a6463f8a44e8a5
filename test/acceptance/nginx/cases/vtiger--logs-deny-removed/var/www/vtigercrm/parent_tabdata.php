<?php
$parent_tab_info_array = array();
