<?php
class m130524_201442_init extends \yii\db\Migration {}
