<?php
// Concrete CMS front controller.
require 'concrete/dispatcher.php';
