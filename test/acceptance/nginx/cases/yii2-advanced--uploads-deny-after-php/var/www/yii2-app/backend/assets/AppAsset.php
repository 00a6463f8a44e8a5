<?php
namespace backend\assets; class AppAsset extends \yii\web\AssetBundle {}
