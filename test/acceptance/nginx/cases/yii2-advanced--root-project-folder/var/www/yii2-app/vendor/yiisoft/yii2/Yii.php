<?php
class Yii extends \yii\BaseYii {}
