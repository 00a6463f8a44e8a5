<?php
$extAuthSource = [];
