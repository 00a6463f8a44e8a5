<?php
namespace yii; class BaseYii {}
