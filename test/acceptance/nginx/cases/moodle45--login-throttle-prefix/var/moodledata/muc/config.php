<?php $configuration = [];
