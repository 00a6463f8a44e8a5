<?php
namespace modules;

class Module extends \yii\base\Module
{
}
