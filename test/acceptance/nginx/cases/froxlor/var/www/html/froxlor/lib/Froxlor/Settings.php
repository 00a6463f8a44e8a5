<?php
namespace Froxlor;
class Settings {}
