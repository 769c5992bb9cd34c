extension Catalogue {
    /// Pointwise's words in Traditional Chinese, with the terms of the glossary in Lessons/README.md.
    static let traditionalChinese: [TextKey: Message] = [
        .helpUsage: .text(
            """
            pointwise：看清楚 1×1 卷積（逐點卷積）的每一個數字從哪裡來。

            用法：
              pointwise [課程] [--ascii] [--fresh]
                                                   在終端機裡一步一步走完一課
              pointwise list                       列出內建課程
              pointwise check 檔案……               檢查課程檔案，列出每一個問題
              pointwise print [課程] [--json] [--ascii] [--force]
                                                   把整個講解印成純文字，
                                                   或把課程與輸出印成 JSON
              pointwise render [課程] [--size 寬x高] [--keys "l l n"] [--ansi] [--ascii]
                                                   不開終端機，印出按下幾個鍵之後的畫面
                                                   （預設大小 80x24）
              pointwise export [課程] --numpy|--pytorch
                                                   印出一段 Python 程式，用 NumPy 或 PyTorch
                                                   重建課程並算出輸出

            「課程」可以是課程檔案，或內建課程的名稱。沒有指定時開啟 intro（語系為中文時，
            也就是 LC_ALL、LC_MESSAGES 或 LANG 以 zh 開頭，開啟 intro.zh-TW）。課程檔案是
            開頭有 YAML 前置資料的 Markdown，寫法見 Lessons/README.zh-TW.md。

            講解畫面的按鍵：{keys}。
            滑鼠：點一個位置、卷積核的標籤或一個權重，就跳到它的項（編輯模式下則是選取那一格）；
            滾輪前後移動一步。
            課程比螢幕大時，各面板只顯示跟著游標走的視窗：[ ] 翻輸入通道，{ } 翻卷積核，
            H L K J 把格子視窗往左、右、上、下移動（下一步會回到游標所在處）。
            標準輸出不是終端機時，pointwise 課程 會直接印出整個講解。

            選項：
              --ascii      只用 ASCII 字元繪製（不用框線與排版符號；圖像改用 ' .:-=+*#%@' 的明暗階）
              --fresh      從頭開始，不理會記住的學習進度
                           （存在 $XDG_STATE_HOME/pointwise 或 ~/.local/state/pointwise）
              --json       搭配 print：印出一個 JSON 物件（title、language、shape、output……）
              --numpy      搭配 export：用 numpy.einsum 的程式
              --pytorch    搭配 export：用 torch.nn.functional.conv2d 的程式
              --force      搭配 print：超過輸出上限也照印（超過 10,000,000 步，
                           或搭配 --json 時超過 268,435,456 次乘法）
              --ansi       搭配 render：以跳脫序列加上屬性與顏色（設定 NO_COLOR 則不加顏色）
              -h, --help   顯示這份說明
              --version    顯示版本

            語系為中文時訊息用繁體中文，否則用英文。
            結束碼：0 成功，1 課程有錯誤、無法讀取或輸出無法寫入，2 用法錯誤，
            141 讀取輸出的程式已經離開（管線被關閉）。
            """),
        .helpRun: .text("用法請執行 pointwise --help。"),
        .listName: .text("名稱"),
        .listLanguage: .text("語言"),
        .listTitle: .text("標題"),
        .listInvalid: .text("（有錯誤：請執行 pointwise check）"),
        .checkOK: .text("{path}：沒有問題"),
        .checkOKWithWarnings: .text("{path}：沒有錯誤（{count} 個警告）"),
        .lessonNotValid: .text("{path} 不是有效的課程；錯誤列在上面"),
        .checkFolderUnreadable: .text("{path}：錯誤：無法讀取這個資料夾"),
        .checkDecimalCommaHint: .text("「{comma}」會被讀成兩個數；如果它是一個小數，請用小數點寫成 {point}：逗號用來分隔清單的項目"),
        .checkFullWidthHint: .text("「{character}」是全形字元（中文輸入法打出的）；請改用半形的 '{ascii}'"),
        .checkFolderEmpty: .text("{path}：錯誤：這個資料夾裡沒有課程檔案（*.md，不含 README*.md）"),
        .lessonNotFound: .text("找不到名為 {name} 的課程檔案或內建課程；pointwise list 會列出內建課程"),
        .lessonDefaultTitle: .text("1×1 卷積：{in_channels} 個通道 → {out_channels} 個"),
        .printSummary: .text("輸入 {input} {arrow} 輸出 {output}，共 {step_count}、{multiplication_count}、{parameter_count}"),
        .printStepCount: .plural(count: "count", one: "{count} 步", other: "{count} 步"),
        .printMultiplicationCount: .plural(count: "count", one: "{count} 次乘法", other: "{count} 次乘法"),
        .printParameterCount: .plural(count: "count", one: "{count} 個參數", other: "{count} 個參數"),
        .printStep: .text("[第 {step} 步，共 {steps} 步]"),
        .printRunningSum: .text("，累加和 {sum}"),
        .printOutput: .text("輸出："),
        .printInput: .text("輸入，每個通道一張表："),
        .printWeights: .text("權重，每個卷積核一列（第 1 列算出 out1），每個輸入通道一欄（第 1 欄乘上 x1）："),
        .printKernel: .text("卷積核"),
        .printBias: .text("偏差"),
        .printActivation: .text("接著 ReLU：負的結果變成 0。"),
        .printQuestions: .text("問題（先算出答案再讀步驟；答案在最後）："),
        .printHint: .text("提示：{hint}"),
        .printAnswers: .text("答案："),
        .printPrompt: .text("{name} 是多少？"),
        .reloadTitle: .text("課程未重新載入"),
        .reloadInvalid: .text("{path} 有錯誤：修正並儲存之前，畫面保留上一個正確的版本。"),
        .reloadMissing: .text("找不到 {path}：畫面保留最後讀到的版本，檔案回來後會重新載入。"),
        .reloadUnreadable: .text("無法讀取 {path}：畫面保留最後讀到的版本。"),
        .reloadMoreLines: .text("還有 {count} 行"),
        .resumePrompt: .text("要從第 {step} 步（共 {steps} 步）繼續嗎？y/n "),
        .resumeScore: .text("（目前預測答對 {right}/{asked} 題）"),
    ]
}
