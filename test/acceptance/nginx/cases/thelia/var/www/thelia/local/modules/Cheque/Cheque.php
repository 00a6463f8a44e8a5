<?php
namespace Cheque;

class Cheque
{
}
