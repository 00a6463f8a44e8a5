<?php
// Flow front controller (Neos 8 distribution's Web/index.php, abridged).
$rootPath = isset($_SERVER['FLOW_ROOTPATH']) ? $_SERVER['FLOW_ROOTPATH'] : false;
if ($rootPath === false) {
    $rootPath = dirname(__FILE__) . '/../';
}
require($rootPath . 'Packages/Framework/Neos.Flow/Classes/Core/Bootstrap.php');
