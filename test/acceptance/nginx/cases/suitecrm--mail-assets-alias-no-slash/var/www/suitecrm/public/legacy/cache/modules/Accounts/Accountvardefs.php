<?php
$dictionary = array();
