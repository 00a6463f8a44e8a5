<?php
$defaultOrgSharingPermission=array();
