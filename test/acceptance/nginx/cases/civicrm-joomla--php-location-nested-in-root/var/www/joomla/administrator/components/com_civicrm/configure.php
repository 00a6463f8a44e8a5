<?php
defined('_JEXEC') or die('No direct access allowed');
