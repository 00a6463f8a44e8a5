<?php
$SQSPELL_APP = array("English" => "ispell -a");
