<?php
namespace common\models; class User extends \yii\db\ActiveRecord {}
