<?php
namespace RainLoop;
