<?php
namespace frontend\models; class ContactForm extends \yii\base\Model {}
