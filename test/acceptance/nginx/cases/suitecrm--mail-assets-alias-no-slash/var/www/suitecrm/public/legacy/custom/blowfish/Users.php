<?php
$key = "";
