<?php
namespace frontend\models; class SignupForm extends \yii\base\Model {}
