<?php
namespace common\models; class LoginForm extends \yii\base\Model {}
