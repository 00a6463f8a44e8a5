<?php
if (!defined('IN_SCRIPT')) {die('Invalid attempt');}
function hesk_generateAttachmentName($file_realname, $ext, $tracking_id = '') {}
