<?php
$OC_Version = [10, 13, 4, 1];
$OC_VersionString = '10.13.4';
$OC_Edition = 'Community';
$OC_Channel = 'stable';
