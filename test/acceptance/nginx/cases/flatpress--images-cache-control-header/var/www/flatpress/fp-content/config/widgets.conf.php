<?php
$fp_widgets = array();
