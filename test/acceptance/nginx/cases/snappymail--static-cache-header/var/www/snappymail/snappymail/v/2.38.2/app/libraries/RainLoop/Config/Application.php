<?php
namespace RainLoop\Config;
