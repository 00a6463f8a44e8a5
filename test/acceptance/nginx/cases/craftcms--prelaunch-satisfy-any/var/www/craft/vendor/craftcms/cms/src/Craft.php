<?php
class Craft extends Yii
{
}
