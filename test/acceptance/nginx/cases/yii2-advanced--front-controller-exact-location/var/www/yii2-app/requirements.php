<?php
/* Yii requirements checker */
