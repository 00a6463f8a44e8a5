<?php
namespace frontend\assets; class AppAsset extends \yii\web\AssetBundle {}
