<?php
namespace backend\controllers; class SiteController extends \yii\web\Controller {}
