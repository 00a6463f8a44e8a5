<?php
namespace frontend\controllers; class SiteController extends \yii\web\Controller {}
